"""The extraction engine's shortcuts find exactly what the slow way finds.

Phrases are written for these tests.
"""

from __future__ import annotations

import re

import pytest

from extract.dates import _BACK_HINTS, _BACK_TWINS, _FINDERS, _OPENERS
from extract.folding import plain_lower
from extract.relations.rules import _index, between_words, pair_plan
from extract.resolution import OPENERS, REFERENCES, Resolution, _Spans
from extract.spans import Candidate, Found
from extract.text import finditer_at, first_chars, guarded
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


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_reference_scan_at_openers_finds_what_a_full_scan_finds(lang):
    rx, openers, _kinds = Resolution().refs[lang]
    # a word that only looks like an opener ("Thesis", "tông", "mid-the") is tried, not found
    text = TEXT + " Thesis-the tông ông Hai; Its. chip này,"
    got = [(m.span(), m.lastgroup) for m in finditer_at(rx, openers, text)]
    assert got == [(m.span(), m.lastgroup) for m in rx.finditer(text)]
    assert got


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_every_reference_pattern_opens_a_word_with_an_opener(lang):
    firsts = {c for w in OPENERS[lang] for c in (w[0], w[0].upper())}
    for pattern, _kind in REFERENCES[lang]:
        assert pattern.startswith((r"\b", "(?<=của )")), pattern  # a match opens a word
        assert first_chars(pattern) <= firsts, pattern


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


DATED = {
    "en": (
        "On Monday, 3 March 2025 the lab said that last week, in Jan. and Sept 2024, sales "
        "rose; this year, a year ago, yesterday and today too. Mar-a-Lago, 2025-01-20, 12 May, "
        "monthly, one-off 2030s, dec. 7, this past Friday, next month, onward 1999."
    ),
    "vi": (
        "Hôm 25.12 và ngày 3 tháng 4 năm 2024, tháng 11/2023, năm 2022, từ 2019, cuối 2021, "
        "hồi 2018, sang năm, tuần trước, thứ Hai tuần qua, chủ nhật, trong 2020 và 1,5 tỷ; "
        "thương hiệu, ngàyngày, tháng 7 năm ngoái."
    ),
}


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_date_scan_at_openers_finds_what_a_full_scan_finds(lang):
    _rx, twin = _FINDERS[lang]
    low = plain_lower(DATED[lang])
    got = [(m.span(), m.groupdict()) for m in finditer_at(twin, _OPENERS[lang], low)]
    assert got == [(m.span(), m.groupdict()) for m in twin.finditer(low)]
    assert len(got) > 8


POINTING_BACK = {
    "en": [
        "on the same day", "that day", "at that time", "the following day", "a day later",
        "the day after", "the preceding day", "a day earlier", "the day before",
        "a few weeks later", "within days", "later that month", "the same week",
        "earlier that year", "the same year",
    ],
    "vi": [
        "cùng ngày", "cùng dịp đó", "vào hôm ấy", "khi đó", "lúc ấy", "thời điểm đó",
        "hôm sau", "ngày hôm sau đó", "một ngày sau", "một hôm trước đó", "trước đó một ngày",
        "vài ngày sau", "ít tuần trước đó", "trước đó mấy tuần", "cùng tháng", "tuần ấy",
        "cùng năm đó", "năm ấy",
    ],
}  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_every_back_pointing_word_passes_the_hint_test(lang):
    for phrase in POINTING_BACK[lang]:
        low = f"x {phrase} y"
        assert _BACK_TWINS[lang].search(low), phrase
        assert any(h in low for h in _BACK_HINTS[lang]), phrase
    assert not any(h in "today the firm said monday" for h in _BACK_HINTS["en"])
