"""The extraction engine's shortcuts find exactly what the slow way finds.

Phrases are written for these tests.
"""

from __future__ import annotations

import re

import pytest

from extract.relations.rules import _index, between_words, pair_plan
from extract.resolution import REFERENCES, _Spans
from extract.spans import Candidate, Found
from extract.text import first_chars, guarded
from graph.ontology import ENTITY_TYPES

PHRASES_EN = [
    " has quietly launched ",
    " , the owner of ",
    " is a major rival to ",
    " signed a deal with ",
    " ( based in ",
    " and ",
    " was trained on a cluster of ",
    " said on monday that it would buy more ",
    " 's ",
    " restricts sales of chips to ",
]
PHRASES_VI = [
    " đã ra mắt mô hình ",
    " ( chủ sở hữu ",
    " là đối thủ của ",
    " hợp tác với ",
    " và ",
    " được phát triển bởi ",
    " cho biết hôm thứ hai rằng ",
]
TEXT = (
    "The company said it launched the model. She told reporters the startup grew; "
    "its chip sold well. Hewlett and Shea met. Công ty này cho biết mô hình này "
    "đã được ông Minh giới thiệu. Bà Lan nói chip này tốt. Các chuyên gia cho biết."
)


def test_between_words_splits_punctuation_and_lowercases():
    assert between_words("’s (Chủ SỞ hữu; “ABC”) ") == " 's ( chủ sở hữu ; “ abc ” ) "


@pytest.mark.parametrize("lang, phrases", [("en", PHRASES_EN), ("vi", PHRASES_VI)])
def test_combined_between_regex_passes_exactly_when_some_rule_matches(lang, phrases):
    keys = [k for k in _index() if k[0] == lang]
    assert keys
    for _lang, left, right in keys:
        plan = pair_plan(lang, (left,), (right,))
        assert plan.any_between is not None
        for words in phrases:
            some = any(cr.between.match(words) for _, _, cr in plan.todo)
            assert bool(plan.any_between.match(words)) == some, (left, right, words)


def test_pair_plan_lists_every_candidate_pairing_and_is_cached():
    plan = pair_plan("en", ("Organization", "Person"), ("AIModel",))
    assert plan is pair_plan("en", ("Organization", "Person"), ("AIModel",))
    pairs = {(li, ri) for li, ri, _ in plan.todo}
    assert (0, 0) in pairs
    assert all(ri == 0 for _, ri in pairs)
    missing = next(
        (a, b) for a in ENTITY_TYPES for b in ENTITY_TYPES if ("en", a, b) not in _index()
    )
    empty = pair_plan("en", (missing[0],), (missing[1],))
    assert empty.todo == () and empty.any_between is None


def test_first_chars_knows_letters_and_gives_up_on_open_classes():
    assert first_chars(r"\bchip này") == frozenset("cC")
    assert first_chars(r"(?:ab)?c") is None  # may start with a or c: unsure, so no guard
    assert first_chars(r"[^x]y") is None
    assert guarded(r"\w+z") == r"\w+z"


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_guarded_reference_regex_finds_the_same_matches(lang):
    plain = "|".join(f"(?P<r{i}>{p})" for i, (p, _t) in enumerate(REFERENCES[lang]))
    fast = re.compile(guarded(plain))
    slow = re.compile(plain)
    got = [(m.span(), m.lastgroup) for m in fast.finditer(TEXT)]
    assert got == [(m.span(), m.lastgroup) for m in slow.finditer(TEXT)]
    assert got  # the sample does hold references of both languages


def _found(a, b):
    return Found(a, b, "x" * (b - a), [Candidate("x", "X", "Organization")])


def test_span_window_agrees_with_a_scan_of_every_mention():
    mentions = [_found(0, 4), _found(2, 30), _found(31, 33), _found(40, 41), _found(40, 60)]
    spans = _Spans(mentions)
    for a in range(0, 65, 3):
        for b in range(a + 1, 70, 4):
            overlap = [not (b <= f.start or a >= f.end) for f in mentions]
            inside = [a <= f.start and f.end <= b for f in mentions]
            assert spans.overlapping(a, b) == any(overlap)
            assert spans.covered(a, b) == any(o and not i for o, i in zip(overlap, inside))
