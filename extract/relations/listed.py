"""Facts stated of a whole list: "A and B signed a deal", "A, B và C thi nhau giảm giá",
"the race between A and B".

The pair rules read a coordinated list ("A and B") as one side of a fact, so members of
one list never meet as a pair. `tied_lists` ties every two members of a list when a cue
after the list ("signed a deal", "compete") or a cue noun and "between"/"giữa" before it
states the fact of the whole list. `joint.py` (partners) and `rival_lists.py` (rivals)
hold the cues.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations, pairwise

from extract.relations.lexicon import PairRule
from extract.relations.rules import Match, groups
from extract.spans import Found

__all__ = ["ListTie", "each_tied_lists", "tied_lists"]


@dataclass(frozen=True)
class ListTie:
    """What ties the members of a list to each other, per language (`en`, `vi`)."""

    rule: PairRule
    after: dict[str, re.Pattern[str]]  # matched right after the list's last name
    before: dict[str, re.Pattern[str]]  # searched in the 60 chars before its first name
    cue_words: tuple[Sequence[str], Sequence[str]]  # (en, vi): one is near every match
    kinds: frozenset[str] | None = None  # entity types a member may have (None: any)


def _lists(mentions: list[Found], grouped: list[int], kinds: frozenset[str] | None):
    """Runs of two or more coordinated names of one type, each a different entity.

    `grouped` is the `groups` number of each mention.
    """
    out: list[list[Found]] = []
    run: list[Found] = []
    last = None
    for g, f in zip(grouped, mentions):
        if g != last or (run and f.type != run[0].type):
            out.append(run)
            run, last = [], g
        if kinds is not None and f.type not in kinds:
            continue
        if not f.ref and all(f.best.id != r.best.id for r in run):
            run.append(f)
    out.append(run)
    return [r for r in out if len(r) > 1]


def _span(text: str, lang: str, tie: ListTie, run: list[Found]) -> tuple[int, int] | None:
    """The stretch of text stating the tie of `run`: list and cue, or cue noun and list."""
    first, last = run[0].start, run[-1].end
    cue = tie.after.get(lang, tie.after["en"]).match(text, last, last + 120)
    if cue is not None:
        return first, cue.end()
    noun = tie.before.get(lang, tie.before["en"]).search(text, max(0, first - 60), first)
    return (noun.start(), last) if noun is not None else None


def tied_lists(text: str, lang: str, mentions: list[Found], tie: ListTie) -> list[Match]:
    """`tie.rule` between every two members of each list in `mentions` the text ties."""
    return each_tied_lists(text, lang, mentions, (tie,))[0]


def each_tied_lists(
    text: str, lang: str, mentions: list[Found], ties: Sequence[ListTie]
) -> list[list[Match]]:
    """`tied_lists` for each of `ties`, with the lists and the text near them read once."""
    if not any(a.type == b.type for a, b in pairwise(mentions)):
        return [[] for _ in ties]  # no two names of one type side by side: no list
    grouped = groups(text, mentions)
    # the types of the groups of two or more names, the only types a list can have
    listed = {m.type for m, g, h in zip(mentions, grouped, grouped[1:]) if g == h}
    near: str | None = None
    out: list[list[Match]] = []
    for tie in ties:
        kinds = listed if tie.kinds is None else tie.kinds
        runs = [] if listed.isdisjoint(kinds) else _lists(mentions, grouped, tie.kinds)
        if not runs:
            out.append([])
            continue
        if near is None:
            near = text[max(0, mentions[0].start - 60) : mentions[-1].end + 120].lower()
        if not any(map(near.__contains__, tie.cue_words[lang == "vi"])):
            out.append([])  # no cue word near the names: nothing can match
            continue
        spans = ((run, _span(text, lang, tie, run)) for run in runs)
        out.append(
            [
                Match(tie.rule, a, b, a.chosen, b.chosen, *span, 0)
                for run, span in spans
                if span is not None
                for a, b in combinations(run, 2)
            ]
        )
    return out
