"""Cue words read branch by branch, and the sentence rules that share a sentence's models.

The prefilter reads the need of a sequence once per branch of an alternation
in it, with the text around the alternation, and cuts large sets of prefixes
and suffixes at a word before cutting by chars: more rules get anchors, and
anchors stay necessary. `model_facts` runs the three model rules of
`sentence.py` in order, on the models it finds once. Phrases and sentences
are written for these tests.
"""

from __future__ import annotations

import random
import re

import pytest

from extract.relations.prefilter import anchor_words
from extract.relations.rules import _index, between_words
from extract.relations.sentence import (
    compared_scores,
    hosted_on,
    model_facts,
    ranks_by_source,
)
from extract.spans import Candidate, Found

_STAKE = r"^ (?:\S+ ){0,3}(?:allied|teamed up|took (?:a )?(?:\S+ )?stake) (?:\S+ ){0,2}$"


def test_an_alternation_with_an_open_branch_gets_the_words_of_each_branch():
    assert anchor_words(_STAKE) == frozenset({"allied", "teamed", "stake"})


def test_a_branch_without_a_cue_word_still_leaves_the_rule_without_anchors():
    assert anchor_words(r"^ (?:\S+ ){0,3}(?:allied|(?:\S+ ){0,2}) (?:\S+ ){0,2}$") is None
    assert anchor_words(r"^ (?:, |\( )?(?:teamed up|(?:\S+ )?up) $") is None  # "up" alone


def test_a_long_cue_list_after_many_auxiliaries_keeps_whole_words():
    cues = "|".join(f"open-sourced{i}" for i in range(200))
    auxiliaries = "has |had |also |just |quietly |officially |formally |now |then |finally "
    pattern = rf"^ (?:\S+ ){{0,3}}(?:{auxiliaries})?(?:{cues}) (?:\S+ ){{0,2}}$"
    assert anchor_words(pattern) == frozenset(f"open-sourced{i}" for i in range(200))


@pytest.mark.parametrize(
    "words, matches",
    [
        (" they allied with ", True),
        (" the two firms teamed up last year ", True),
        (" it took a minority stake in ", True),
        (" it took over ", False),
        (" it teamed with ", False),
    ],
)
def test_the_branch_anchors_let_through_every_text_the_pattern_matches(words, matches):
    rx = re.compile(_STAKE, re.IGNORECASE)
    assert bool(rx.match(words)) is matches
    if matches:
        assert anchor_words(_STAKE) & set(words.split())


def test_more_than_nine_in_ten_rules_have_anchors():
    rules = {cr.rule.name: cr for crs in _index().values() for cr in crs}
    anchored = [cr for cr in rules.values() if cr.anchors is not None]
    assert len(anchored) >= 0.9 * len(rules)


@pytest.mark.parametrize("seed", range(3))
def test_rule_anchors_hold_on_texts_built_from_rule_words(seed):
    """Whenever a rule matches an invented text, one of its anchors stands in it."""
    rng = random.Random(seed)
    rules = {cr.rule.name: cr for crs in _index().values() for cr in crs}
    vocab = sorted(
        {w for cr in rules.values() for w in re.findall(r"[^\W\d_][\w'-]*", cr.rule.between)}
        | {",", "(", "the", "a", "its", "new"}
    )
    checked = 0
    for cr in rules.values():
        if cr.anchors is None:
            continue
        for _ in range(60):
            words = between_words(" ".join(rng.choices(vocab, k=rng.randint(1, 6))))
            if cr.between.match(words):
                checked += 1
                assert cr.anchors & set(words.split()), (cr.rule.name, words)
    assert checked > 0


def _found(text: str, name: str, type_: str, start_at: int = 0) -> Found:
    start = text.index(name, start_at)
    return Found(start, start + len(name), name, [Candidate(name.lower(), name, type_)])


_SCORED = (
    "Zephyr-2 scored 81 percent against 77 percent for Quill-5, according to the "
    "Arena leaderboard, and Zephyr-2 can be downloaded on Modelhub."
)
_SCORED_VI = "Theo bảng xếp hạng Arena, Zephyr-2 đạt 81 điểm, trong khi Quill-5 chỉ đạt 77."
_NO_MODEL = "Modelhub and Arena were both mentioned by Kestrel Labs on Monday."
_MODEL, _BENCH, _HUB = "AIModel", "Benchmark", ("Modelhub", "Product")


@pytest.mark.parametrize(
    "text, names",
    [
        (_SCORED, [("Zephyr-2", _MODEL), ("Quill-5", _MODEL), ("Arena", _BENCH), _HUB]),
        (_SCORED_VI, [("Arena", _BENCH), ("Zephyr-2", _MODEL), ("Quill-5", _MODEL)]),
        (_NO_MODEL, [_HUB, ("Arena", _BENCH), ("Kestrel Labs", "Organization")]),
    ],
)  # fmt: skip
def test_model_facts_are_the_three_model_rules_in_order(text, names):
    mentions = [_found(text, name, type_) for name, type_ in names]
    mentions.sort(key=lambda f: f.start)
    one_by_one = ranks_by_source(text, mentions) + hosted_on(text, mentions)
    one_by_one += compared_scores(text, mentions)
    assert model_facts(text, mentions) == one_by_one
    has_model = any(c.type == "AIModel" for m in mentions for c in m.candidates)
    assert bool(one_by_one) is has_model


def _between_words_by_sub(text: str) -> str:
    """`between_words` as written before: each mark spaced by a substitution."""
    text = text.replace("’", "'")
    text = re.sub("[" + re.escape('(),;:"“”‘[]–—') + "]", lambda m: f" {m[0]} ", text)
    return " " + " ".join(text.lower().split()) + " "


def test_between_words_spaces_marks_as_the_substitution_did():
    rng = random.Random(7)
    pieces = ["Nvidia", "ΑΣ", "chủ sở hữu", "’s", "(", ")", ",", ":", "“", "”", "–", " ", "  ", "x"]
    for _ in range(500):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 8)))
        assert between_words(text) == _between_words_by_sub(text), text
